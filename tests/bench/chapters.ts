// npm run bench helper: prints the milliseconds per chapter of the in-memory pipeline in a process of its own
// (`node --import tsx tests/bench/chapters.ts <count>`), so that the batch bench can run two such processes at once.
import perChapter from './parallel-worker.js'

console.log((await perChapter({count: Number(process.argv[2] ?? 60)})).toFixed(2))
