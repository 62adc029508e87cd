/** Plans: the province's plans (Kế hoạch) with their targets, tasks and budgets. */
package vn.innohub.plan;
