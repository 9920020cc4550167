/** A plugin that could not be loaded or that threw; its message starts with the plugin's name, and the CLI prints it without a stack. */
export class PluginError extends Error {
    readonly pluginName: string;

    constructor(pluginName: string, message: string, options?: { cause?: unknown }) {
        super(`plugin '${pluginName}' ${message}`, options);
        this.name = 'PluginError';
        this.pluginName = pluginName;
    }
}
