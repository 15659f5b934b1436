using relance.interop as db from '../db/schema';

// Served at /odata/v4/facade/; the entity set Relance reads is OpenInvoices.
// Server-driven paging: at most 40 entities per page, whatever the client prefers.
@path: '/odata/v4/facade'
service Facade {
  @cds.query.limit: { default: 40, max: 40 }
  entity OpenInvoices as projection on db.Invoices;
}
