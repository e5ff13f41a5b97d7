/**
 * The problems the import would find in one field or row of the draft, next to it. `id` is
 * what the field's `aria-describedby` names, so a screen reader reads them with the field.
 */
export function FieldProblems({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} class="editor-problems">
      {problems.map((problem, i) => (
        <li key={i}>{problem}</li>
      ))}
    </ul>
  );
}

/** The attributes of a field with `problems`: invalid, and described by its problem list. */
export function invalidProps(id: string, problems: readonly string[]) {
  return problems.length > 0 ? { 'aria-invalid': true, 'aria-describedby': id } : {};
}
