/** The publishing inputs live in the one inputs module; this re-export keeps the old import path. */
export {
  DEFAULT_COMMIT_MESSAGE,
  parseBool,
  type PublishSettings,
  readPublishSettings,
} from '../../inputs.js';
