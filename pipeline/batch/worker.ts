// A worker thread of the batch pool (piscina): one input in, its outputs and messages out.
import {type FileResult, type FileTask, processFile} from './process-file.js'

export default function (task: FileTask): Promise<FileResult> {
  return processFile(task)
}
