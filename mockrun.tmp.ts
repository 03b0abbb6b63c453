import { startMockKafka } from './libs/messaging/testing';
startMockKafka({ topics: { 'crm.mongo.verify': 4 } }).then((m) => { console.log(m.brokers.join(',')); });
