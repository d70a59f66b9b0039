// A follow-ups filter in words: the service's name, or the kind or sanction as the dictionary says it.
import type { FollowUpFilterOption } from '../lib/pages/follow-ups-page';
import type { FollowUp } from '../schemas/follow-up';
import { sv } from './sv';

export function followUpFilterLabel(o: Pick<FollowUpFilterOption, 'facet' | 'value' | 'serviceName'>, t = sv): string {
  if (o.facet === 'tjanst') return o.serviceName ?? o.value;
  if (o.facet === 'typ') return t.followUp.kinds[o.value as FollowUp['kind']];
  return t.followUp.sanctions[o.value as FollowUp['sanction']];
}
