package org.openprocurement.platform.core.method;

/** The procurement methods of the default rule table (PRC Government Procurement Law art. 26). */
public enum ProcurementMethod {
    /** 公开招标: any supplier may bid. */
    OPEN_TENDERING,
    /** 邀请招标: only invited suppliers may bid. */
    INVITATIONAL_TENDERING,
    /** 竞争性谈判: negotiation with the suppliers who respond to the announcement, at least three. */
    COMPETITIVE_NEGOTIATION,
    /** 询价: request for quotation answered by at least three suppliers. */
    REQUEST_FOR_QUOTATION,
    /** 单一来源: one supplier, with a published justification. */
    SINGLE_SOURCE
}
