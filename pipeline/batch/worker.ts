// A worker thread of the batch pool (piscina): one input in, its messages (and outputs, unless written) out.
import {type FileResult, type FileTask, runTask} from './process-file.js'

export default function (task: FileTask): Promise<FileResult> {
  return runTask(task)
}
