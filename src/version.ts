/** Version of the JSON output contract (schema/comparison.schema.json). Bump on breaking change. */
export const SCHEMA_VERSION = '1.4.0';
