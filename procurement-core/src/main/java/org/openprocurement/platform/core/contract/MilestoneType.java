package org.openprocurement.platform.core.contract;

/** What a contract milestone stands for: a delivery, an acceptance (验收) or a payment instalment. */
public enum MilestoneType {
    DELIVERY,
    ACCEPTANCE,
    PAYMENT
}
