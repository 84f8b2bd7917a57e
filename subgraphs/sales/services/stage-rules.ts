import { userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { Opportunity } from '../entities/opportunity.entity';
import type { Stage } from '../entities/stage.entity';

/** The fields an opportunity takes from the stage it is in. */
export type StageFields = Pick<
  Opportunity,
  'stageId' | 'probability' | 'forecastCategory' | 'isClosed' | 'isWon' | 'closedAt'
>;

/**
 * The fields of an opportunity entering `stage`. Probability comes from the stage unless the
 * caller gave one; the forecast category always comes from the stage. A closed stage fixes the
 * probability (won 100, lost 0), so a different one given there is refused.
 *
 * @param now the moment a closed stage is entered, recorded as `closedAt`
 */
export function enterStage(
  stage: Stage,
  probability: number | null,
  now: Date,
): StageFields | UserError {
  if (stage.isClosed && probability !== null && probability !== stage.defaultProbability) {
    return userError(
      UserErrorCode.Invalid,
      `A ${stage.name} opportunity has a probability of ${stage.defaultProbability}`,
      ['input', 'probability'],
    );
  }

  return {
    stageId: stage.id,
    probability: probability ?? stage.defaultProbability,
    forecastCategory: stage.forecastCategory,
    isClosed: stage.isClosed,
    isWon: stage.isWon,
    closedAt: stage.isClosed ? now : null,
  };
}

/**
 * A won or lost opportunity may only be reopened: moving it straight to a closed stage again
 * would rewrite its outcome, which must go through reopening first.
 */
export function transitionProblem(opportunity: Opportunity, target: Stage): UserError | null {
  if (opportunity.isClosed && target.isClosed) {
    return userError(
      UserErrorCode.InvalidTransition,
      'A closed opportunity can only be moved to an open stage',
      ['input', 'stage'],
    );
  }

  return null;
}

/** Tells a refusal from the stage fields `enterStage` returns. */
export function isUserError(value: StageFields | UserError): value is UserError {
  return 'code' in value;
}

/** The user error for a stage name no stage has. */
export function unknownStage(name: string): UserError {
  return userError(UserErrorCode.NotFound, `No stage is named "${name}"`, ['input', 'stage']);
}
