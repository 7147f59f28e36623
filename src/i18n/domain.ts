/**
 * The gettext domain of this extension's strings: its Python package name, as
 * JupyterLab expects of third-party extensions (the `jupyterlab` domain belongs to
 * JupyterLab's own language packs, which do not carry our strings).
 */
export const TRANSLATION_DOMAIN = 'jupyterlab_credential_guard';
