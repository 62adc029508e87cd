/** Public portal: home page, ecosystem directory pages, news, events and the policy library. */
package vn.innohub.portal;
