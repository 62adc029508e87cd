/** Demo province: synthetic units, users and a plan loaded on the first start of an empty embedded database. */
package vn.innohub.demo;
