/** Dashboards for leaders and the official reports (DOCX, XLSX, open data) generated from approved reporting data. */
package vn.innohub.dashboard;
