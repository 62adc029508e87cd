/**
 * Cuộc thi: startup contests — rounds and criteria, applications, fair judging with conflicts declared, audience
 * votes, results and the follow-up of winners.
 */
package vn.innohub.contest;
