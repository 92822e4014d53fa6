/**
 * The files `journeykit init` writes, by path: a small workspace that checks clean. `schemaHint`
 * gives each file's first line, pointing editors at the JSON Schema of its kind.
 */
export function starterFiles(schemaHint: (kind: string, path: string) => string): Record<string, string> {
  return {
    'journeykit.config.yaml': `${schemaHint('config', 'journeykit.config.yaml')}
# The settings of this workspace. Every folder next to this file holds one kind of definition:
# journeys/, personas/, teams/, channels/, metrics/ and glossary/.
name: Our customer journeys
description: How our customers find us, buy, start and stay.

# Rules can be made stricter or quieter, by id:
rules:
  opportunity/no-pain-point: warning
`,
    'teams/teams.yaml': `${schemaHint('team', 'teams/teams.yaml')}
# A file may hold one definition, or a list of them as here.
- id: marketing
  name: Marketing
  department: marketing
- id: support
  name: Customer support
  department: support
`,
    'personas/first-time-buyer.yaml': `${schemaHint('persona', 'personas/first-time-buyer.yaml')}
id: first-time-buyer
name: Sam, first-time buyer
role: Shopper
ageBand: 25-34
goals:
  - Find the right product quickly
frustrations:
  - Hidden costs at checkout
preferredChannels: [web, email]
quote: "Just tell me the total before I commit."
`,
    'journeys/first-purchase.yaml': `${schemaHint('journey', 'journeys/first-purchase.yaml')}
id: first-purchase
title: First purchase
summary: From first hearing of us to the first order arriving.
personas: [first-time-buyer]
owner: marketing
# Emotions are scored from 1 (very negative) to 5 (very positive) unless emotionScale says otherwise.
stages:
  - id: discover
    name: Discover
    kind: awareness
    customerGoal: Find a shop that has what I need
    steps:
      - id: sees-ad
        name: Sees an ad
        emotion: 3
        touchpoints:
          - id: social-ad
            name: Social media ad
            channel: social
            owner: marketing
  - id: buy
    name: Buy
    kind: purchase
    steps:
      - id: checks-out
        name: Checks out
        emotion: 2
        momentOfTruth: first
        touchpoints:
          - id: checkout
            name: Checkout page
            channel: web
            owner: support
        painPoints:
          - id: surprise-shipping
            title: Shipping cost appears only at the last step
            severity: high
            evidence: reported
            owner: support
        opportunities:
          - id: show-shipping-early
            title: Show shipping costs on the product page
            addresses: [surprise-shipping]
            owner: marketing
`,
    'metrics/checkout-conversion.yaml': `${schemaHint('metric', 'metrics/checkout-conversion.yaml')}
id: checkout-conversion
name: Checkout conversion
kind: conversion
unit: "%"
target: 60
scope:
  journey: first-purchase
  stage: buy
# Values per period, oldest first; n is the number of people counted.
series:
  - { period: 2026-01, value: 52.4, n: 1250 }
  - { period: 2026-02, value: 55.1, n: 1310 }
`,
  };
}
