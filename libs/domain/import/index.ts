export { decideRow, type DecidedRow } from './import-row';
export { identityMapping, isImportField, parseMapping, type ImportField, type ImportMapping } from './mapping';
