export type { MailSender } from './mail.delivery';
export { createSmtpSender, mailTasks, maxDeliveryAttempts, sendMailTask } from './mail.delivery';
export { listMailTo, queueMail } from './mail.service';
export type { MailRow } from './mail.tables';
export type { RenderedMail } from './mail.templates';
export {
  renderNoticeMail,
  renderOrderConfirmationMail,
  renderPasswordResetMail,
  renderShipmentMail,
  renderWelcomeMail,
} from './mail.templates';
