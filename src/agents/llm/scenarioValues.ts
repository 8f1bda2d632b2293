import type { Scenario } from '../../scenarios/types.ts';

/** Scenario fields as prompt placeholder values (description, balance, daysOverdue). */
export function scenarioValues(scenario: Scenario): Record<string, string | number> {
  return {
    description: scenario.description,
    balance: formatMoney(scenario.outstandingBalance),
    daysOverdue: scenario.daysOverdue,
  };
}

/** 15700 -> '$15,700.00' (fixed format, independent of the machine's locale). */
export function formatMoney(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
  return `${amount < 0 ? '-' : ''}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
