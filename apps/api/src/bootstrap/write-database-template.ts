import { writeEmbeddedTemplate, type EmbeddedTemplateManifest } from '@medlocal/database';
import { API_SCHEMA } from '../app/api-schema';
import { runSchemaMigrations } from '../database/database-template';

/** `node main.js --write-database-template <dir>`: the build's last step (see apps/api/webpack.config.js). */
export const WRITE_DATABASE_TEMPLATE_FLAG = '--write-database-template';

/** The build's step: the API's own migrations on a new embedded database, archived into `dir`. */
export function writeDatabaseTemplate(dir: string): Promise<EmbeddedTemplateManifest> {
  return writeEmbeddedTemplate({ dir, migrate: (url) => runSchemaMigrations({ url, kind: 'pglite', schema: API_SCHEMA }) });
}
