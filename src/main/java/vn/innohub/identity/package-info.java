/** Identity: accounts, roles, units a user acts for, login (form, HTTP Basic, API tokens, optional OIDC). */
package vn.innohub.identity;
