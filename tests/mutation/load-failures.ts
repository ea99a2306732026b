import type {RunnerTask, RunnerTestFile} from 'vitest'
import type {Reporter} from 'vitest/reporters'

/**
 * A test file that fails to load (it throws while it is collected: the seed tests process the seed as they
 * load) has no tests, and StrykerJS's vitest runner builds a mutant's result from the tests it finds: such a
 * mutant would count as survived, though the suite plainly catches it. This reporter, for mutation runs only,
 * gives each such file one failed test carrying its load error, so the mutant counts as killed.
 */
export class LoadFailuresAsTests implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
    for (const file of files) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue
      const failed = {
        type: 'test',
        id: `${file.id}_load`,
        name: 'loads',
        mode: 'run',
        file,
        suite: file,
        meta: {},
        result: {state: 'fail', errors: file.result.errors?.length ? file.result.errors : [{message: 'the test file failed to load'}]}
      }
      file.tasks.push(failed as unknown as RunnerTask)
    }
  }
}
