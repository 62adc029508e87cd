/** Organisations: the province's units, their names and aliases, collective names, and the agency resolver. */
package vn.innohub.org;
