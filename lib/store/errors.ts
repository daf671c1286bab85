/** Thrown when a write would replace something that already exists (a timeline slug, a document id). */
export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}

/** Thrown when a write needs something that does not exist (adding a document to an unknown timeline). */
export class StoreNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreNotFoundError';
  }
}
