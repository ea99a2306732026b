import manifest from '../../package.json' with {type: 'json'}

/** hesabat's version, as exchange formats record the tool that wrote them. */
export const VERSION: string = manifest.version
