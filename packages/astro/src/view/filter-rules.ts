/** A group of facet filters: radio buttons named `name`, one per option. */
export interface FilterGroup {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
}

/** Filter values are ids, which the schema limits to these characters; anything else is dropped. */
export const filterValue = (value: string) => value.replace(/[^a-z0-9_-]/gi, '');

/**
 * The stylesheet that makes facet filters work without JavaScript: when a value is checked, the
 * items of the container `#id` whose `data-<group>` does not hold it are hidden (CSS :has()).
 */
export function filterRules(id: string, groups: readonly FilterGroup[]): string {
  return groups
    .flatMap((group) =>
      group.options.map(({ value }) => {
        const v = filterValue(value);
        return `#${id}:has(input[name="${group.name}"][value="${v}"]:checked) [data-filter-item]:not([data-${group.name}~="${v}"]){display:none}`;
      }),
    )
    .join('\n');
}
