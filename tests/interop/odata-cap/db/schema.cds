// The open-items facade of Sage 50 as Relance reads it (core/sync/README.md, [accounting] field.X defaults).
namespace relance.interop;

entity Invoices {
  key InvoiceNo    : String(40);
      CustomerNo   : String(20);
      CustomerName : String(200);
      Email        : String(200);
      Language     : String(8);
      MandateType  : String(20);
      Currency     : String(3);
      Amount       : Decimal(15, 2);   // Edm.Decimal Precision 15 Scale 2
      OpenAmount   : Decimal(15, 2);
      InvoiceDate  : Date;             // Edm.Date
      DueDate      : Date;
      LastModified : DateTime;         // Edm.DateTimeOffset (seconds)
}
