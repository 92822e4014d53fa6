import { defineTeam } from '@journeykit/core';

export default [
  defineTeam({
    id: 'marketing',
    name: 'Brand marketing',
    department: 'marketing',
    description: 'Paid social, content and partnerships that bring new hikers to the shop.',
    contact: '#team-marketing',
  }),
  defineTeam({
    id: 'ecommerce-product',
    name: 'E-commerce product',
    department: 'product',
    description: 'Owns the web shop and store app: product pages, basket, checkout and payment.',
    contact: '#team-shop',
  }),
  defineTeam({
    id: 'customer-service',
    name: 'Customer service',
    department: 'support',
    description: 'Answers chat, email and phone questions, handles returns cases and replies to public reviews.',
    contact: 'service-leads@northwind-outfitters.example',
  }),
  defineTeam({
    id: 'logistics',
    name: 'Logistics and fulfilment',
    department: 'operations',
    description: 'Runs the warehouse, carriers, packaging and the returns centre.',
    contact: '#team-logistics',
  }),
  defineTeam({
    id: 'crm-retention',
    name: 'CRM and retention',
    department: 'marketing',
    description: 'Lifecycle emails, the Trail Club loyalty programme, reviews and referrals.',
    contact: '#team-crm',
  }),
];
