export type { MailSender } from './mail.delivery';
export { createSmtpSender, deliverDueMail, maxDeliveryAttempts, startMailWorker } from './mail.delivery';
export { listMailTo, queueMail } from './mail.service';
export type { MailRow } from './mail.tables';
export type { RenderedMail } from './mail.templates';
export { renderPasswordResetMail, renderWelcomeMail } from './mail.templates';
