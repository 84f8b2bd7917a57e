import { EntitySchema } from 'typeorm';

export interface AssignmentTeam {
  id: string;
  name: string;
  /** User subjects, in the order they receive leads. */
  memberIds: string[];
  /** How many leads the team has dealt out; the next goes to `memberIds[nextTurn % length]`. */
  nextTurn: string;
  createdAt: Date;
  updatedAt: Date;
}

export const AssignmentTeamEntity = new EntitySchema<AssignmentTeam>({
  name: 'AssignmentTeam',
  tableName: 'assignment_team',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'assignment_team_pkey',
    },
    name: { type: 'text' },
    memberIds: { name: 'member_ids', type: 'text', array: true },
    nextTurn: { name: 'next_turn', type: 'bigint', default: 0 },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  checks: [
    {
      name: 'assignment_team_member_ids_check',
      expression: 'cardinality(member_ids) BETWEEN 1 AND 100',
    },
  ],
  indices: [{ name: 'assignment_team_name_idx', columns: ['name', 'id'] }],
});
