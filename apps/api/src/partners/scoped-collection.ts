import { DocumentCollection, Filter } from '../../../../libs/read-models/document-store.port';

/**
 * A collection that only ever shows the documents matching `scope`: every find, count and
 * aggregation is narrowed first. Used to confine whole reports (analytics) to a partner subtree
 * without teaching each report about partners.
 */
export function scopedCollection(collection: DocumentCollection, scope: Filter): DocumentCollection {
  const narrow = (filter: Filter): Filter => (Object.keys(filter).length ? { $and: [scope, filter] } : scope);
  return {
    findOne: (filter) => collection.findOne(narrow(filter)),
    find: (filter, options) => collection.find(narrow(filter), options),
    count: (filter) => collection.count(narrow(filter)),
    aggregate: (pipeline) => collection.aggregate([{ $match: scope }, ...pipeline]),
  };
}
