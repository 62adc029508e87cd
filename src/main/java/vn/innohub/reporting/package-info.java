/** Periodic reporting: reporting calendars, unit reports with their evidence, review, reminders and aggregation. */
package vn.innohub.reporting;
