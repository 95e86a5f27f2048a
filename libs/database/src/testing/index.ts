export { openTestDatabase, assertTestDatabaseName } from './test-database';
