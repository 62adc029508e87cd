/** Periodic reporting: reporting calendars, unit reports, review, reminders and aggregation (issue 4, in progress). */
package vn.innohub.reporting;
