// The validated content as one object: what pages, exports and search read.
import type { Condition } from '../../schemas/condition';
import type { FollowUp } from '../../schemas/follow-up';
import type { Indicator } from '../../schemas/indicator';
import type { IndicatorValue } from '../../schemas/indicator-value';
import type { KoladaUnit } from '../../schemas/kolada-unit';
import type { Provider } from '../../schemas/provider';
import type { QualityReport } from '../../schemas/quality-report';
import type { Service } from '../../schemas/service';
import type { Site } from '../../schemas/site';
import type { Unit } from '../../schemas/unit';
import type { KommunLogo } from '../kommun-frame/logo-file';

export interface ContentModel {
  site: Site;
  services: Service[];
  providers: Provider[];
  units: Unit[];
  conditions: Condition[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  qualityReports: QualityReport[];
  followUps: FollowUp[];
  /** content/kolada-units.yaml: read by the Kolada importer, not shown on pages. */
  koladaUnits?: KoladaUnit[];
  /** The file site.yaml's kommunFrame.logo.file names, read and checked (src/data/kommun-logo.ts). */
  kommunLogo?: KommunLogo;
}
