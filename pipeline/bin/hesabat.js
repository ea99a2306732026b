#!/usr/bin/env node
// Entry point of the `hesabat` command: registers the TypeScript loader, then runs the CLI.
import {register} from 'tsx/esm/api'

// A reader that stops early (hesabat glossary export --tbx | head) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

register()
const {main} = await import('../cli.ts')
process.exitCode = await main(process.argv.slice(2))
