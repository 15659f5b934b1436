// Project-local server.js, picked up by `cds serve`: the stock CAP server (@sap/cds/server.js), only bound to the
// loopback interface instead of every interface. Nothing about OData is changed.
const cds = require('@sap/cds')
const express = require('express')

module.exports = async function loopbackServer(options) {
  const app = express()
  const listen = app.listen.bind(app)
  app.listen = (port, ...rest) => listen(port, '127.0.0.1', ...rest)
  return cds.server({ ...options, app })
}
