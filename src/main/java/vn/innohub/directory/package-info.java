/**
 * Danh bạ hệ sinh thái: the ecosystem directory — startups, support organisations, funds and investors, experts.
 * Members keep their profiles; ADMIN verifies them; only verified facts are published, searched and counted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package vn.innohub.directory;
