// A real SMTP server on loopback for the end-to-end tests (the portal sends to it like to any mail server),
// with what it received readable as JSON at http://127.0.0.1:<MAILBOX_HTTP_PORT>/messages.
import { createServer } from "node:http";
import { startSmtp } from "./smtp";
import { MAILBOX_HTTP_PORT, MAILBOX_SMTP_PORT } from "./oidc-settings";

const smtp = await startSmtp(MAILBOX_SMTP_PORT);
createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(req.url === "/messages" ? smtp.received.map(({ to, text }) => ({ to, text })) : []));
}).listen(MAILBOX_HTTP_PORT, "127.0.0.1", () => console.log(`mailbox: SMTP ${MAILBOX_SMTP_PORT}, HTTP ${MAILBOX_HTTP_PORT}`));
