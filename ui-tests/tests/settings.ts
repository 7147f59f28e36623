import { galata } from '@jupyterlab/galata';

/**
 * Galata's settings with the security notice off, for the specs about everything else.
 */
export const NO_BANNER = {
  ...galata.DEFAULT_SETTINGS,
  'jupyterlab-credential-guard:notice': { enabled: false }
};
