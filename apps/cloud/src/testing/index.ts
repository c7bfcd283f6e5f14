/**
 * `@cardenroll/cloud/testing`: what tests outside the service (the portal e2e) need to run it against a
 * real SMTP server: the service as a child process, and the SMTP capture.
 */
export { type ServiceProcess, spawnService } from './service-process';
export { codeOf, type ReceivedMail, type SmtpCapture, startSmtpCapture, until } from './smtp-capture';
