// A role lexicon file (schema/roles.schema.json): the built-in data/roles.json and users' --roles files.

export interface RoleDefinition {
  id: string;
  label?: string;
  terms: string[];
}

export interface RoleFile {
  roles: RoleDefinition[];
  /** true: add to (and override ids of) the default lexicon; false: replace it. */
  extend?: boolean;
}
