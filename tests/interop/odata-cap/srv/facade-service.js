// Only for `run.sh --page-shift` (RELANCE_INTEROP_PAGE_SHIFT=1): when the second page is asked for the second time
// (Relance's second full read; the first one stored everything),
// delete one invoice of the first page, as if it had been paid in Sage while a reader was between two pages.
// Without the variable the service is CAP's generic one, untouched.
const cds = require('@sap/cds')

module.exports = class Facade extends cds.ApplicationService {
  init() {
    if (process.env.RELANCE_INTEROP_PAGE_SHIFT) {
      let done = false, seen = 0
      this.before('READ', 'OpenInvoices', async (req) => {
        const token = req.req?.query?.$skiptoken ?? req.req?.query?.['%24skiptoken']
        if (done || String(token) !== '40' || ++seen < 2) return
        done = true
        const victim = "FA/0046'B"
        await DELETE.from('relance.interop.Invoices').where({ InvoiceNo: victim })
        console.log(`[page-shift] deleted ${victim} before serving the page at $skiptoken=40`)
      })
    }
    return super.init()
  }
}
