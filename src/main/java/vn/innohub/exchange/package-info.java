/**
 * Sàn giao dịch khoa học và công nghệ: the science and technology exchange — technology offers and demands (with
 * agencies' problem statements), moderation, matching offers to demands, connections between the parties, their
 * message threads and the deals they record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package vn.innohub.exchange;
