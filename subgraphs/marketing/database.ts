import { AssignmentRuleEntity } from './entities/assignment-rule.entity';
import { AssignmentTeamEntity } from './entities/assignment-team.entity';
import { CampaignEntity } from './entities/campaign.entity';
import { CampaignMemberEntity } from './entities/campaign-member.entity';
import { LeadEntity } from './entities/lead.entity';
import { LeadActivityEntity } from './entities/lead-activity.entity';
import { LeadConversionEntity } from './entities/lead-conversion.entity';
import { ScoringRuleEntity } from './entities/scoring-rule.entity';
import { marketingMigrations } from './migrations';

/** The PostgreSQL schema the Marketing subgraph owns, its entities and its migrations. */
export const marketingDatabase = {
  schema: 'marketing',
  entities: [
    CampaignEntity,
    LeadEntity,
    CampaignMemberEntity,
    LeadActivityEntity,
    ScoringRuleEntity,
    AssignmentTeamEntity,
    AssignmentRuleEntity,
    LeadConversionEntity,
  ],
  migrations: marketingMigrations,
};
