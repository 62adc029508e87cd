/** Notifications: in-app messages to people, each mirrored by an e-mail sent from a database outbox. */
package vn.innohub.notification;
