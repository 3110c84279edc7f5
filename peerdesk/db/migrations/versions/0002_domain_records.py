"""Domain records: participants and everything about them, groups, attendance, training.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 00:29:41.971254
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "groups",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=80), nullable=True),
        sa.Column("schedule", sa.String(length=120), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_groups_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "required_trainings",
        sa.Column(
            "role",
            sa.Enum(
                "facilitator",
                "peer",
                "coordinator",
                name="role",
                native_enum=False,
                create_constraint=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("training", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("renewal_months", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("required_trainings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_required_trainings_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "group_facilitators",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "user_id"),
    )
    with op.batch_alter_table("group_facilitators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_facilitators_group_id"), ["group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_facilitators_updated_hlc"), ["updated_hlc"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_facilitators_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "group_sessions",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("facilitators_present", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "held_on"),
    )
    with op.batch_alter_table("group_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_sessions_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_sessions_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_group_sessions_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "participants",
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("display_name", sa.String(length=120), nullable=True),
        sa.Column("first_name", sa.String(length=120), nullable=True),
        sa.Column("last_name", sa.String(length=120), nullable=True),
        sa.Column("pronouns", sa.String(length=40), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("preferred_language", sa.String(length=60), nullable=True),
        sa.Column("intake_date", sa.Date(), nullable=True),
        sa.Column("referral_source", sa.String(length=120), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "paused",
                "disengaged",
                "discharged",
                name="status",
                native_enum=False,
                create_constraint=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("status_since", sa.Date(), nullable=True),
        sa.Column("assigned_peer_id", sa.String(length=36), nullable=True),
        sa.Column("consent_to_services", sa.Boolean(), nullable=False),
        sa.Column("consent_to_sync", sa.Boolean(), nullable=False),
        sa.Column("crisis_flag", sa.Boolean(), nullable=False),
        sa.Column("safety_plan", sa.Text(), nullable=True),
        sa.Column("cultural_needs", sa.Text(), nullable=True),
        sa.Column("access_needs", sa.Text(), nullable=True),
        sa.Column("needs_transport", sa.Boolean(), nullable=False),
        sa.Column("needs_interpreter", sa.Boolean(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_peer_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participants_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "supervision_sessions",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("supervisor", sa.String(length=120), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("supervision_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervision_sessions_updated_hlc"), ["updated_hlc"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_supervision_sessions_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "training_records",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("training", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("training_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_records_updated_hlc"), ["updated_hlc"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_training_records_user_id"), ["user_id"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("peer_goes_along", sa.Boolean(), nullable=False),
        sa.Column("transport_arranged", sa.Boolean(), nullable=False),
        sa.Column("reminder_made", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointments_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointments_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_appointments_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column(
            "mark",
            sa.Enum(
                "present",
                "late",
                "excused",
                "absent",
                name="attendance_mark",
                native_enum=False,
                create_constraint=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_sessions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "participant_id"),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "certificates",
        sa.Column("training_record_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_record_id"],
            ["training_records.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificates_training_record_id"), ["training_record_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificates_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "contact_methods",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=True),
        sa.Column("ok_to_text", sa.Boolean(), nullable=False),
        sa.Column("ok_to_voicemail", sa.Boolean(), nullable=False),
        sa.Column("ok_to_mail", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_methods", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_methods_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_methods_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("contact_date", sa.Date(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "in_person",
                "phone",
                "text",
                "outreach",
                "accompanied",
                "group_followup",
                name="contact_type",
                native_enum=False,
                create_constraint=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contacts_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contacts_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "enrolments",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("exited_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enrolments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolments_group_id"), ["group_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrolments_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_enrolments_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "goals",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "achieved",
                "set_aside",
                name="goal_status",
                native_enum=False,
                create_constraint=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goals_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_goals_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "key_contacts",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("relationship", sa.String(length=80), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("key_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_key_contacts_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_key_contacts_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "measures",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("instrument", sa.String(length=40), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measures_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_measures_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "made",
                "connected",
                "declined",
                "no_longer_needed",
                name="referral_status",
                native_enum=False,
                create_constraint=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referrals_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referrals_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "sharing_consents",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=200), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sharing_consents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sharing_consents_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sharing_consents_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "status_changes",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "paused",
                "disengaged",
                "discharged",
                name="status",
                native_enum=False,
                create_constraint=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_changes_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_status_changes_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "goal_notes",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_notes_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_goal_notes_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "milestones",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestones_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_milestones_updated_hlc"), ["updated_hlc"], unique=False
        )

    # Imports find people by the program's id through this index alone, without reading
    # the wide participant rows (which made the bulk writes after it three times slower).
    op.create_index(
        "ix_participants_lookup",
        "participants",
        ["external_id", "id", "assigned_peer_id", "deleted"],
    )
    # The program's own participant id is unique among live records.
    op.execute(
        "CREATE UNIQUE INDEX ix_participants_external_id ON participants (external_id) "
        "WHERE external_id IS NOT NULL AND deleted = 0"
    )
    # This device's id: stamps every change it makes (sync tells devices apart by it).
    op.execute(
        sa.text("INSERT INTO vault_meta (key, value) VALUES ('device_id', :device)").bindparams(
            device=str(uuid.uuid4())
        )
    )


def downgrade() -> None:
    op.execute("DELETE FROM vault_meta WHERE key = 'device_id'")
    op.execute("DROP INDEX ix_participants_external_id")
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestones_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_milestones_goal_id"))

    op.drop_table("milestones")
    with op.batch_alter_table("goal_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_notes_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_goal_notes_goal_id"))

    op.drop_table("goal_notes")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_status_changes_participant_id"))

    op.drop_table("status_changes")
    with op.batch_alter_table("sharing_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sharing_consents_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_sharing_consents_participant_id"))

    op.drop_table("sharing_consents")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_referrals_participant_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measures_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_measures_participant_id"))

    op.drop_table("measures")
    with op.batch_alter_table("key_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_contacts_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_key_contacts_participant_id"))

    op.drop_table("key_contacts")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goals_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_goals_participant_id"))

    op.drop_table("goals")
    with op.batch_alter_table("enrolments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolments_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_enrolments_participant_id"))
        batch_op.drop_index(batch_op.f("ix_enrolments_group_id"))

    op.drop_table("enrolments")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_contacts_participant_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("contact_methods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_methods_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_contact_methods_participant_id"))

    op.drop_table("contact_methods")
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificates_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_certificates_training_record_id"))

    op.drop_table("certificates")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_participant_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_appointments_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointments_participant_id"))

    op.drop_table("appointments")
    with op.batch_alter_table("training_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_records_user_id"))
        batch_op.drop_index(batch_op.f("ix_training_records_updated_hlc"))

    op.drop_table("training_records")
    with op.batch_alter_table("supervision_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_sessions_user_id"))
        batch_op.drop_index(batch_op.f("ix_supervision_sessions_updated_hlc"))

    op.drop_table("supervision_sessions")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_updated_hlc"))

    op.drop_table("participants")
    with op.batch_alter_table("group_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_sessions_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_group_sessions_held_on"))
        batch_op.drop_index(batch_op.f("ix_group_sessions_group_id"))

    op.drop_table("group_sessions")
    with op.batch_alter_table("group_facilitators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_facilitators_user_id"))
        batch_op.drop_index(batch_op.f("ix_group_facilitators_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_group_facilitators_group_id"))

    op.drop_table("group_facilitators")
    with op.batch_alter_table("required_trainings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_required_trainings_updated_hlc"))

    op.drop_table("required_trainings")
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_groups_updated_hlc"))

    op.drop_table("groups")
