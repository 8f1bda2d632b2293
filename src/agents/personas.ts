/** The nine debtor personas of METHOD.md section 5. Prompt texts and simulation dynamics live in data files. */
export const PERSONAS = ['vanilla', 'angry', 'sad', 'fear', 'disgust', 'threatening', 'cheating', 'victim', 'stonewalling'] as const;
export type Persona = (typeof PERSONAS)[number];

/** Parse a persona id. @throws naming the value and the allowed ids. */
export function parsePersona(value: string, where = 'persona'): Persona {
  if ((PERSONAS as readonly string[]).includes(value)) return value as Persona;
  throw new Error(`${where}: unknown persona ${JSON.stringify(value)}; expected one of ${PERSONAS.join(', ')}`);
}
