/** Audit trail: an append-only, hash-chained record of every change, login and failed login. */
package vn.innohub.audit;
